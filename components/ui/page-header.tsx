import type { ReactNode } from "react";

export function PageHeader({ title, lead, children }: { title: string; lead?: ReactNode; children?: ReactNode }) {
  return (
    <div className="mb-6">
      <h1 className="text-3xl font-bold break-words hyphens-auto text-brand-900">{title}</h1>
      {lead ? <p className="mt-2 max-w-3xl text-lg text-gray-800">{lead}</p> : null}
      {children}
    </div>
  );
}
