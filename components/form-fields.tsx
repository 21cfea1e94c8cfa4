export const FIELD_CLASS =
  "mt-1 block w-full rounded border border-stone-400 bg-white px-2.5 py-2 text-base text-stone-900 shadow-inner";
export const LABEL_CLASS = "block text-sm font-medium text-stone-800";

export type SelectOption = { value: string; label: string; count?: number };

/** A labelled select of a GET form. Its first choice (`anyLabel`) is empty, which
 * GetForm leaves out of the URL. Options with a count show it: "NATO (12)". */
export function SelectField({
  id,
  name,
  label,
  anyLabel,
  options,
  defaultValue,
  className,
}: {
  id: string;
  name: string;
  label: string;
  anyLabel: string;
  options: readonly SelectOption[];
  defaultValue: string | undefined;
  className?: string;
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className={LABEL_CLASS}>
        {label}
      </label>
      <select id={id} name={name} defaultValue={defaultValue ?? ""} className={FIELD_CLASS}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.count === undefined ? option.label : `${option.label} (${option.count})`}
          </option>
        ))}
      </select>
    </div>
  );
}

export function DateField({
  id,
  name,
  label,
  defaultValue,
}: {
  id: string;
  name: string;
  label: string;
  defaultValue: string | undefined;
}) {
  return (
    <div>
      <label htmlFor={id} className={LABEL_CLASS}>
        {label}
      </label>
      <input id={id} name={name} type="date" defaultValue={defaultValue ?? ""} className={FIELD_CLASS} />
    </div>
  );
}
