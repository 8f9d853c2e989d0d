import { useTranslation } from "~/utils/use-translation";

/**
 * A labelled progress bar: the figure is written out in text for everyone, and the native
 * <progress> element carries the same value for assistive technology.
 */
export function ProgressMeter({ label, value, text, testId }: { label: string; value: number | null; text: string; testId?: string }) {
  const { t } = useTranslation();
  // The language's own separator between a label and its value: "：" in Chinese, " : " in French.
  const separator = t("labelValue", { label: "", value: "" });
  return (
    <div className="meter">
      <p>
        <strong>{label}</strong>
        {separator}
        <span data-testid={testId}>{text}</span>
      </p>
      {value === null ? null : (
        <progress className="progress-bar" max={1} value={value} aria-label={label}>
          {text}
        </progress>
      )}
    </div>
  );
}
