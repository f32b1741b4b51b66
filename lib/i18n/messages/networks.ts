const fi = {
  "networks.title": "networks",
} as const;

const en: Record<keyof typeof fi, string> = {
  "networks.title": "networks",
};

export default { fi, en };
