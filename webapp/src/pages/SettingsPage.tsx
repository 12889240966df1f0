import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from "react";
import { changeSettings, deleteMyData, exportMyData, toApiError, type SettingsChange } from "../api";
import { errorMessage } from "../components/Status";
import { Time } from "../components/TicketBits";
import { allTimeZones, deviceTimeZone, languageName, minutesToTime, timeToMinutes } from "../format";
import { useT } from "../i18n";
import { setDisplayPref, useDisplayPrefs } from "../prefs";
import { useSession } from "../session";
import { hapticNotify, hapticSelection } from "../telegram";

type SaveState = { section: string; kind: "saving" | "saved" | "info" | "error"; text: string } | null;

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="card settings-section" aria-labelledby={`${id}-title`} id={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

function SaveStatus({ state, section }: { state: SaveState; section: string }) {
  const mine = state?.section === section ? state : null;
  return (
    <p role="status" className={mine?.kind === "error" ? "form-error" : "save-status"} data-testid={`status-${section}`}>
      {mine?.text ?? ""}
    </p>
  );
}

function Switch({
  label,
  hint,
  checked,
  onChange,
  testId,
  disabled,
}: {
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (value: boolean) => void;
  testId: string;
  disabled?: boolean;
}) {
  const id = useId();
  return (
    <div className="switch-row">
      <label htmlFor={id} className="switch-label">
        <span>{label}</span>
        {hint ? (
          <span className="hint" id={`${id}-hint`}>
            {hint}
          </span>
        ) : null}
      </label>
      <input
        id={id}
        type="checkbox"
        role="switch"
        className="switch"
        checked={checked}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.checked)}
        data-testid={testId}
      />
    </div>
  );
}

function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function QuietHours({
  start,
  end,
  disabled,
  onSave,
  onInvalid,
}: {
  start: number | null;
  end: number | null;
  disabled: boolean;
  onSave: (change: SettingsChange) => Promise<boolean>;
  /** A refused entry: whatever an earlier save said ("Saved.") no longer holds. */
  onInvalid: () => void;
}) {
  const t = useT();
  const id = useId();
  const [from, setFrom] = useState(minutesToTime(start));
  const [to, setTo] = useState(minutesToTime(end));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setFrom(minutesToTime(start));
    setTo(minutesToTime(end));
  }, [start, end]);

  const save = async (fromValue: string, toValue: string) => {
    const a = timeToMinutes(fromValue);
    const b = timeToMinutes(toValue);
    if ((a === null) !== (b === null)) {
      onInvalid();
      setError(t("settings-quiet-both"));
      hapticNotify("error");
      return;
    }
    if (a !== null && a === b) {
      onInvalid();
      setError(t("settings-quiet-same"));
      hapticNotify("error");
      return;
    }
    setError(null);
    await onSave({ quietHoursStart: a, quietHoursEnd: b });
  };

  return (
    <fieldset className="fieldset" disabled={disabled} aria-describedby={`${id}-hint`}>
      <legend className="label">{t("settings-quiet")}</legend>
      <p className="hint" id={`${id}-hint`}>
        {start === null ? t("settings-quiet-default") : t("settings-quiet-hint")}
      </p>
      <div className="time-row">
        <label className="time-field">
          <span>{t("settings-quiet-from")}</span>
          <input type="time" className="input" value={from} onChange={(e) => setFrom(e.target.value)} data-testid="quiet-from" />
        </label>
        <label className="time-field">
          <span>{t("settings-quiet-to")}</span>
          <input type="time" className="input" value={to} onChange={(e) => setTo(e.target.value)} data-testid="quiet-to" />
        </label>
      </div>
      {error ? (
        <p className="form-error" role="alert" data-testid="quiet-error">
          {error}
        </p>
      ) : null}
      <div className="button-row">
        <button type="button" className="button button-small" onClick={() => void save(from, to)} data-testid="quiet-save">
          {t("settings-quiet-save")}
        </button>
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => {
            setFrom("");
            setTo("");
            void save("", "");
          }}
          data-testid="quiet-clear"
        >
          {t("settings-quiet-clear")}
        </button>
      </div>
    </fieldset>
  );
}

function DeleteData({ onDeleted }: { onDeleted: () => void }) {
  const t = useT();
  const id = useId();
  const [step, setStep] = useState<"idle" | "confirm" | "deleting">("idle");
  const [error, setError] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    if (step === "confirm") headingRef.current?.focus();
    else if (step === "idle" && wasConfirming.current) startRef.current?.focus();
    wasConfirming.current = step !== "idle";
  }, [step]);

  const confirm = async () => {
    setStep("deleting");
    setError(null);
    try {
      await deleteMyData();
      hapticNotify("success");
      onDeleted();
    } catch (err) {
      hapticNotify("error");
      setError(errorMessage(t, toApiError(err)));
      setStep("confirm");
    }
  };

  if (step === "idle") {
    return (
      <button ref={startRef} type="button" className="button button-danger-outline" onClick={() => setStep("confirm")} data-testid="delete-start">
        {t("settings-delete")}
      </button>
    );
  }
  return (
    <div className="danger-zone" role="group" aria-labelledby={`${id}-title`} data-testid="delete-confirm">
      <h3 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
        {t("settings-delete-confirm-title")}
      </h3>
      <p>{t("settings-delete-confirm-text")}</p>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="button-row">
        <button
          type="button"
          className="button button-danger"
          disabled={step === "deleting"}
          onClick={() => void confirm()}
          data-testid="delete-confirm-button"
        >
          {step === "deleting" ? t("settings-deleting") : t("settings-delete-confirm")}
        </button>
        <button type="button" className="button button-secondary" disabled={step === "deleting"} onClick={() => setStep("idle")}>
          {t("settings-delete-cancel")}
        </button>
      </div>
    </div>
  );
}

export function SettingsPage() {
  const t = useT();
  const id = useId();
  const { me, setMe, markDeleted } = useSession();
  const settings = me.settings;
  const display = useDisplayPrefs();
  const [saveState, setSaveState] = useState<SaveState>(null);
  // Shown at once while being saved (controls follow the click, not the round trip).
  const [pending, setPending] = useState<SettingsChange>({});
  const [exporting, setExporting] = useState(false);
  const device = deviceTimeZone();
  const zones = useMemo(() => {
    const list = allTimeZones();
    return list.includes(settings.timeZone) ? list : [settings.timeZone, ...list];
  }, [settings.timeZone]);

  // Open at a section when linked to it (#privacy, #language).
  useEffect(() => {
    const section = /^#(\w+)$/.exec(location.hash)?.[1];
    if (section) document.getElementById(section)?.scrollIntoView({ block: "start" });
  }, []);

  const save = async (section: string, change: SettingsChange): Promise<boolean> => {
    setSaveState({ section, kind: "saving", text: t("settings-saving") });
    setPending((p) => ({ ...p, ...change }));
    const settle = () =>
      setPending((p) => {
        const next = { ...p };
        // A newer change of the same setting stays pending.
        for (const key of Object.keys(change) as Array<keyof SettingsChange>) if (next[key] === change[key]) delete next[key];
        return next;
      });
    try {
      const updated = await changeSettings(change);
      settle();
      setMe(updated);
      hapticSelection();
      // The text is looked up again in the new language when the language itself changed.
      setSaveState({ section, kind: "saved", text: "" });
      return true;
    } catch (error) {
      settle();
      hapticNotify("error");
      setSaveState({ section, kind: "error", text: errorMessage(t, toApiError(error)) });
      return false;
    }
  };
  const languageCode = pending.languageCode ?? settings.languageCode;
  const timeZone = pending.timeZone ?? settings.timeZone;
  const notificationsEnabled = pending.notificationsEnabled ?? settings.notificationsEnabled;
  const consent = pending.consent ?? settings.consentAt !== null;
  const shownState: SaveState = saveState?.kind === "saved" ? { ...saveState, text: t("settings-saved") } : saveState;

  const exportData = async () => {
    setExporting(true);
    setSaveState({ section: "privacy", kind: "saving", text: t("settings-exporting") });
    try {
      const blob = await exportMyData();
      saveBlob(new Blob([blob], { type: "application/json" }), "my-support-data.json");
      setSaveState({ section: "privacy", kind: "info", text: t("settings-exported") });
    } catch (error) {
      hapticNotify("error");
      setSaveState({ section: "privacy", kind: "error", text: errorMessage(t, toApiError(error)) });
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <header className="page-header">
        <h1 tabIndex={-1}>{t("settings-title")}</h1>
      </header>

      <Section id="language" title={t("settings-language")}>
        <label htmlFor={`${id}-lang`} className="label">
          {t("settings-language-label")}
        </label>
        <select
          id={`${id}-lang`}
          className="input"
          value={languageCode}
          onChange={(e) => void save("language", { languageCode: e.target.value })}
          data-testid="language"
        >
          {me.languages.map((code) => (
            <option key={code} value={code} lang={code}>
              {languageName(code)}
            </option>
          ))}
        </select>
        <SaveStatus state={shownState} section="language" />

        <label htmlFor={`${id}-tz`} className="label">
          {t("settings-timezone")}
        </label>
        <select
          id={`${id}-tz`}
          className="input"
          value={timeZone}
          onChange={(e) => void save("language", { timeZone: e.target.value })}
          data-testid="timezone"
          aria-describedby={`${id}-tz-hint`}
        >
          {device ? (
            <optgroup label={t("settings-timezone-suggested")}>
              <option value={device}>{device.replaceAll("_", " ")}</option>
            </optgroup>
          ) : null}
          <optgroup label={t("settings-timezone-all")}>
            {zones
              .filter((z) => z !== device)
              .map((z) => (
                <option key={z} value={z}>
                  {z.replaceAll("_", " ")}
                </option>
              ))}
          </optgroup>
        </select>
        <p className="hint" id={`${id}-tz-hint`}>
          {device && device !== timeZone ? (
            <>
              {t("settings-timezone-device", { zone: device })}{" "}
              <button type="button" className="link-button" onClick={() => void save("language", { timeZone: device })} data-testid="timezone-device">
                {t("settings-timezone-use-device")}
              </button>
            </>
          ) : (
            t("settings-timezone-hint")
          )}
        </p>
      </Section>

      <Section id="notifications" title={t("settings-notifications")}>
        <Switch
          label={t("settings-notifications-label")}
          hint={t("settings-notifications-hint")}
          checked={notificationsEnabled}
          onChange={(value) => void save("notifications", { notificationsEnabled: value })}
          testId="notifications"
        />
        <QuietHours
          start={settings.quietHoursStart}
          end={settings.quietHoursEnd}
          disabled={!notificationsEnabled}
          onSave={(change) => save("notifications", change)}
          onInvalid={() => setSaveState((s) => (s?.section === "notifications" ? null : s))}
        />
        <SaveStatus state={shownState} section="notifications" />
      </Section>

      <Section id="display" title={t("settings-display")}>
        <Switch
          label={t("settings-large-text")}
          hint={t("settings-large-text-hint")}
          checked={display.largeText}
          onChange={(v) => setDisplayPref("largeText", v)}
          testId="large-text"
        />
        <Switch
          label={t("settings-high-contrast")}
          hint={t("settings-high-contrast-hint")}
          checked={display.highContrast}
          onChange={(v) => setDisplayPref("highContrast", v)}
          testId="high-contrast"
        />
      </Section>

      <Section id="privacy" title={t("settings-privacy")}>
        <p data-testid="consent-state">
          {settings.consentAt ? (
            <Time iso={settings.consentAt} full>
              {(date) => t("settings-consent-given", { date })}
            </Time>
          ) : (
            t("settings-consent-missing")
          )}
        </p>
        <Switch
          label={t("settings-consent-label")}
          hint={t("settings-consent-hint")}
          checked={consent}
          onChange={(value) => void save("privacy", { consent: value })}
          testId="consent"
        />
        <div className="privacy-actions">
          <button type="button" className="button button-secondary" onClick={() => void exportData()} disabled={exporting} data-testid="export">
            {t("settings-export")}
          </button>
          <p className="hint">{t("settings-export-hint")}</p>
          <DeleteData onDeleted={markDeleted} />
        </div>
        <SaveStatus state={shownState} section="privacy" />
      </Section>
    </>
  );
}
