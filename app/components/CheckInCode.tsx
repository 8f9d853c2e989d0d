import { useTranslation } from "~/utils/use-translation";

/** A registrant's check-in code: the characters to read out, and the QR image to show at the door (inline SVG). */
export function CheckInCode({ code, qr }: { code: string; qr: { viewBox: number; d: string } }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="check-in" className="register-box check-in-code">
      <h2 id="check-in">{t("checkIn.heading")}</h2>
      <p>{t("checkIn.intro")}</p>
      {/* Read left to right, but placed where the page's language starts a line (right in Arabic). */}
      <p className="check-in-code-text" data-testid="check-in-code">
        <span dir="ltr">{code}</span>
      </p>
      <svg
        viewBox={`0 0 ${qr.viewBox} ${qr.viewBox}`}
        width="200"
        height="200"
        role="img"
        aria-label={t("checkIn.image", { code })}
        shapeRendering="crispEdges"
      >
        <rect width="100%" height="100%" fill="#fff" />
        <path d={qr.d} fill="#000" />
      </svg>
    </section>
  );
}
