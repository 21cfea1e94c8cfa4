import { FIELD_CLASS, LABEL_CLASS } from "./form-fields";
import { GetForm } from "./get-form";

/** One labelled search field and its button, as a GET form to `action`. */
export function SearchBox({
  action,
  id,
  label,
  buttonLabel,
  defaultValue,
  placeholder,
  describedBy,
  className = "",
}: {
  action: string;
  id: string;
  label: string;
  buttonLabel: string;
  defaultValue?: string;
  placeholder?: string;
  /** The id of a hint shown outside the form. */
  describedBy?: string;
  className?: string;
}) {
  return (
    <GetForm action={action} role="search" className={`flex flex-col gap-2 sm:flex-row sm:items-end ${className}`}>
      <div className="flex-1">
        <label htmlFor={id} className={LABEL_CLASS}>
          {label}
        </label>
        <input
          id={id}
          name="q"
          type="search"
          defaultValue={defaultValue ?? ""}
          placeholder={placeholder}
          aria-describedby={describedBy}
          className={FIELD_CLASS}
        />
      </div>
      <button type="submit" className="rounded bg-indigo-800 px-4 py-2 font-semibold text-white hover:bg-indigo-900">
        {buttonLabel}
      </button>
    </GetForm>
  );
}
