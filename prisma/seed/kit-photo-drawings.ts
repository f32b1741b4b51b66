// The demo kits' illustrations (scripts/render-kit-photos.ts renders them into
// prisma/seed/kit-photos/): an open cardboard box with the kit's theme drawn
// above it. Shapes only — no text, so no installed font changes the pixels.
const W = 800;
const H = 560;

function box(color: string): string {
  return `
  <polygon points="190,330 610,330 650,290 230,290" fill="#c89b5c"/>
  <rect x="190" y="330" width="420" height="190" rx="6" fill="#d8ab6a"/>
  <polygon points="610,330 650,290 650,480 610,520" fill="#b98a4d"/>
  <polygon points="190,330 130,280 250,270 300,330" fill="#e2b978"/>
  <polygon points="610,330 690,270 720,300 650,340" fill="#c3945a"/>
  <rect x="300" y="390" width="200" height="70" rx="10" fill="${color}"/>
  <circle cx="340" cy="425" r="18" fill="#ffffff" opacity="0.85"/>
  <rect x="370" y="412" width="110" height="10" rx="5" fill="#ffffff" opacity="0.85"/>
  <rect x="370" y="430" width="80" height="10" rx="5" fill="#ffffff" opacity="0.6"/>`;
}

function frame(background: string, accent: string, theme: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
  <rect width="${W}" height="${H}" fill="${background}"/>
  <circle cx="680" cy="90" r="150" fill="#ffffff" opacity="0.18"/>
  <circle cx="90" cy="500" r="120" fill="#ffffff" opacity="0.12"/>
  <ellipse cx="420" cy="525" rx="290" ry="18" fill="#000000" opacity="0.15"/>
  ${theme}
  ${box(accent)}
</svg>`;
}

const vr = frame(
  "#2f5d8a",
  "#1b3a5c",
  `<rect x="250" y="120" width="300" height="130" rx="55" fill="#1d1d1f"/>
  <rect x="265" y="135" width="270" height="100" rx="45" fill="#3a3a3e"/>
  <circle cx="340" cy="185" r="34" fill="#7fc8f8"/><circle cx="460" cy="185" r="34" fill="#7fc8f8"/>
  <circle cx="330" cy="175" r="10" fill="#ffffff" opacity="0.7"/><circle cx="450" cy="175" r="10" fill="#ffffff" opacity="0.7"/>
  <rect x="200" y="165" width="50" height="22" rx="8" fill="#1d1d1f"/><rect x="550" y="165" width="50" height="22" rx="8" fill="#1d1d1f"/>
  <rect x="150" y="210" width="36" height="90" rx="18" fill="#e8e8ea"/><rect x="614" y="210" width="36" height="90" rx="18" fill="#e8e8ea"/>`,
);

const games = frame(
  "#7a3b69",
  "#4d1f42",
  `<rect x="230" y="110" width="110" height="110" rx="18" fill="#ffffff" transform="rotate(-12 285 165)"/>
  <circle cx="260" cy="140" r="10" fill="#7a3b69"/><circle cx="285" cy="165" r="10" fill="#7a3b69"/><circle cx="310" cy="190" r="10" fill="#7a3b69"/>
  <rect x="380" y="90" width="120" height="170" rx="12" fill="#f2d14b" transform="rotate(8 440 175)"/>
  <rect x="430" y="100" width="120" height="170" rx="12" fill="#ef6f5e" transform="rotate(18 490 185)"/>
  <polygon points="490,150 505,185 540,185 512,205 522,240 490,220 458,240 468,205 440,185 475,185" fill="#ffffff" transform="rotate(18 490 185)"/>
  <circle cx="600" cy="230" r="28" fill="#4cb782"/><rect x="588" y="200" width="24" height="40" rx="10" fill="#4cb782"/>`,
);

const wordArt = frame(
  "#2e7d5b",
  "#1a4d37",
  `<path d="M200 110 h220 a30 30 0 0 1 30 30 v70 a30 30 0 0 1 -30 30 h-150 l-40 35 v-35 h-30 a30 30 0 0 1 -30 -30 v-70 a30 30 0 0 1 30 -30z" fill="#ffffff"/>
  <rect x="220" y="140" width="180" height="14" rx="7" fill="#2e7d5b"/><rect x="220" y="168" width="140" height="14" rx="7" fill="#2e7d5b" opacity="0.7"/>
  <rect x="220" y="196" width="160" height="14" rx="7" fill="#2e7d5b" opacity="0.5"/>
  <path d="M480 150 h150 a26 26 0 0 1 26 26 v50 a26 26 0 0 1 -26 26 h-20 v30 l-35 -30 h-95 a26 26 0 0 1 -26 -26 v-50 a26 26 0 0 1 26 -26z" fill="#f7e27a"/>
  <rect x="500" y="180" width="120" height="12" rx="6" fill="#1a4d37"/><rect x="500" y="205" width="90" height="12" rx="6" fill="#1a4d37" opacity="0.7"/>
  <rect x="590" y="60" width="60" height="60" rx="10" fill="#ffffff" transform="rotate(15 620 90)"/>
  <circle cx="610" cy="80" r="7" fill="#2e7d5b"/><circle cx="630" cy="100" r="7" fill="#2e7d5b"/>`,
);

const culture = frame(
  "#b5651d",
  "#7a4210",
  `<path d="M230 230 c-40 -90 60 -150 150 -130 c80 18 110 80 80 120 c-20 25 -60 5 -75 30 c-15 25 20 45 -20 60 c-60 20 -110 -20 -135 -80z" fill="#fbeedd"/>
  <circle cx="300" cy="150" r="18" fill="#d9443c"/><circle cx="355" cy="130" r="18" fill="#2f7fc1"/>
  <circle cx="410" cy="155" r="18" fill="#f2c230"/><circle cx="290" cy="205" r="18" fill="#3d9b5a"/>
  <rect x="380" y="190" width="120" height="12" rx="6" fill="#6b4a2b" transform="rotate(-35 440 196)"/>
  <path d="M520 220 a70 70 0 0 1 140 0" fill="none" stroke="#1d1d1f" stroke-width="14"/>
  <rect x="505" y="210" width="34" height="60" rx="14" fill="#1d1d1f"/><rect x="641" y="210" width="34" height="60" rx="14" fill="#1d1d1f"/>`,
);

const service = frame(
  "#5b4fa3",
  "#372d73",
  `<circle cx="290" cy="130" r="40" fill="#f3d2b3"/><path d="M220 260 a70 80 0 0 1 140 0z" fill="#f2c230"/>
  <circle cx="510" cy="130" r="40" fill="#c99a74"/><path d="M440 260 a70 80 0 0 1 140 0z" fill="#4cb7a5"/>
  <path d="M360 70 h80 a18 18 0 0 1 18 18 v30 a18 18 0 0 1 -18 18 h-40 l-20 18 v-18 h-20 a18 18 0 0 1 -18 -18 v-30 a18 18 0 0 1 18 -18z" fill="#ffffff"/>
  <circle cx="380" cy="103" r="6" fill="#5b4fa3"/><circle cx="400" cy="103" r="6" fill="#5b4fa3"/><circle cx="420" cy="103" r="6" fill="#5b4fa3"/>
  <polygon points="640,120 652,146 680,148 658,166 665,194 640,178 615,194 622,166 600,148 628,146" fill="#f7e27a"/>`,
);

/** Kit slug → SVG. */
export const KIT_PHOTO_SVGS: Record<string, string> = {
  "digiboksi-vr-lasit": vr,
  pelillisyysboksi: games,
  sanataideboksi: wordArt,
  kulttuurihyvinvointiboksi: culture,
  asiakaspalveluboksi: service,
};
