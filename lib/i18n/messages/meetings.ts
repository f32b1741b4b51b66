const fi = {
  "meetings.title": "meetings",
} as const;

const en: Record<keyof typeof fi, string> = {
  "meetings.title": "meetings",
};

export default { fi, en };
