const fi = {
  "libraries.title": "libraries",
} as const;

const en: Record<keyof typeof fi, string> = {
  "libraries.title": "libraries",
};

export default { fi, en };
