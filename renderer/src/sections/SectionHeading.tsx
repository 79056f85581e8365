import type { Ref } from 'react';

/** Every section opens with its name as the page's one h1; it takes focus after a shortcut jump. */
export function SectionHeading({
  title,
  ref,
}: {
  title: string;
  ref?: Ref<HTMLHeadingElement>;
}): React.JSX.Element {
  return (
    <h1 ref={ref} className="section-title" tabIndex={-1}>
      {title}
    </h1>
  );
}
