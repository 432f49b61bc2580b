import type { ReactNode } from 'react';

/**
 * A dictionary template with one placeholder filled by markup rather than text ("Showing
 * {date}" with the date in bold): the words either side stay the language's own, in its order.
 */
export function Filled({ template, name, children }: { template: string; name: string; children: ReactNode }) {
  const at = template.indexOf(`{${name}}`);
  if (at < 0) return template;
  return (
    <>
      {template.slice(0, at)}
      {children}
      {template.slice(at + name.length + 2)}
    </>
  );
}
