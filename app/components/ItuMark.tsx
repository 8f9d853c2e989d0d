/**
 * The portal's mark, drawn for it: a globe in ITU blue with a green leaf across it, for ICT serving climate action.
 * Decorative: the brand's words beside it name the site.
 */
export function ItuMark({ size = 44 }: { size?: number }) {
  return (
    <svg className="brand-mark" width={size} height={size} viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <circle cx="24" cy="24" r="21" fill="#fff" stroke="#00558c" strokeWidth="3" />
      <ellipse cx="24" cy="24" rx="9" ry="21" fill="none" stroke="#00558c" strokeWidth="2" />
      <path d="M4.5 17h39M4.5 31h39" stroke="#00558c" strokeWidth="2" />
      <path d="M15 39C13 27 21 17 39 13c1 15-8 25-24 26z" fill="#2b7a2b" stroke="#fff" strokeWidth="1.5" />
      <path d="M16 37.5C22 30 28 24 35 17" stroke="#fff" strokeWidth="1.5" fill="none" strokeLinecap="round" />
    </svg>
  );
}
