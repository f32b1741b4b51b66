const fi = {
  "trainings.title": "trainings",
} as const;

const en: Record<keyof typeof fi, string> = {
  "trainings.title": "trainings",
};

export default { fi, en };
