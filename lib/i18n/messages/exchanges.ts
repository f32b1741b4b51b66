const fi = {
  "exchanges.title": "exchanges",
} as const;

const en: Record<keyof typeof fi, string> = {
  "exchanges.title": "exchanges",
};

export default { fi, en };
