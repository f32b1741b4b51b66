const fi = {
  "kits.title": "kits",
} as const;

const en: Record<keyof typeof fi, string> = {
  "kits.title": "kits",
};

export default { fi, en };
