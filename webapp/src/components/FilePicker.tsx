import { useEffect, useId, useRef, useState } from "react";
import { ATTACHMENT_ACCEPT, ATTACHMENT_MAX_BYTES, attachmentType } from "../../../src/api/contracts";
import { useT } from "../i18n";
import { Icon } from "./Icon";

/** Set when a new ticket was opened but its file did not go through; the ticket page says so. */
export const UPLOAD_FAILED_KEY = "support-desk:upload-failed";

/** The failed upload of a just-opened ticket, read once. */
export function takeUploadFailure(number: number): { name: string; reason: string } | null {
  try {
    const raw = JSON.parse(sessionStorage.getItem(UPLOAD_FAILED_KEY) ?? "null") as { number?: unknown; name?: unknown; reason?: unknown } | null;
    if (!raw || raw.number !== number) return null;
    sessionStorage.removeItem(UPLOAD_FAILED_KEY);
    return { name: String(raw.name ?? ""), reason: String(raw.reason ?? "") };
  } catch {
    return null;
  }
}

const MAX_MB = ATTACHMENT_MAX_BYTES / (1024 * 1024);

export type AttachmentProblem = "attach-too-large" | "attach-wrong-type" | "attach-empty";

/** The same checks the server makes, before spending the customer's traffic on an upload. */
export function checkAttachment(file: File): AttachmentProblem | null {
  if (!attachmentType(file.type, file.name)) return "attach-wrong-type";
  if (file.size > ATTACHMENT_MAX_BYTES) return "attach-too-large";
  if (file.size === 0) return "attach-empty";
  return null;
}

function sizeLabel(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/**
 * One optional file: the same size and type checks as the server, a preview (images) or the file
 * name, and a remove button. The native input stays in the tab order; its label looks like a button.
 */
export function FilePicker({
  file,
  onChange,
  disabled,
  label,
  testId = "attach",
}: {
  file: File | null;
  onChange: (file: File | null) => void;
  disabled?: boolean;
  label: string;
  testId?: string;
}) {
  const t = useT();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [preview, setPreview] = useState<string | null>(null);

  useEffect(() => {
    if (!file || !file.type.startsWith("image/")) {
      setPreview(null);
      return;
    }
    const url = URL.createObjectURL(file);
    setPreview(url);
    return () => URL.revokeObjectURL(url);
  }, [file]);

  const pick = (chosen: File | undefined) => {
    if (inputRef.current) inputRef.current.value = "";
    if (!chosen) return;
    const issue = checkAttachment(chosen);
    setProblem(issue ? t(issue, { max: MAX_MB, name: chosen.name }) : null);
    onChange(issue ? null : chosen);
  };

  const remove = () => {
    onChange(null);
    setProblem(null);
    inputRef.current?.focus();
  };

  return (
    <div className="file-picker" data-testid={testId}>
      <input
        id={`${id}-input`}
        ref={inputRef}
        type="file"
        className="visually-hidden file-input"
        accept={ATTACHMENT_ACCEPT}
        disabled={disabled}
        onChange={(e) => pick(e.target.files?.[0])}
        aria-describedby={`${id}-hint ${id}-error`}
        aria-invalid={problem ? true : undefined}
        data-testid={`${testId}-input`}
      />
      <label htmlFor={`${id}-input`} className={`button button-secondary button-small file-button${disabled ? " is-disabled" : ""}`}>
        <Icon name="paperclip" />
        {file ? t("attach-replace") : label}
      </label>
      <p id={`${id}-hint`} className="hint">
        {t("attach-hint", { max: MAX_MB })}
      </p>
      {file ? (
        <div className="file-chosen" data-testid={`${testId}-chosen`}>
          {preview ? <img src={preview} alt={t("attach-preview-alt", { name: file.name })} className="file-preview" /> : null}
          <span className="file-name">
            <bdi>{file.name}</bdi> <span className="hint-inline">({sizeLabel(file.size)})</span>
          </span>
          <button type="button" className="button button-secondary button-small" onClick={remove} disabled={disabled} data-testid={`${testId}-remove`}>
            {t("attach-remove")}
            <span className="visually-hidden"> {file.name}</span>
          </button>
        </div>
      ) : null}
      <p id={`${id}-error`} className="form-error" role="alert" data-testid={`${testId}-error`}>
        {problem ?? ""}
      </p>
    </div>
  );
}
