/**
 * The customer's time zone. The desk starts everyone on UTC; on the first open of the Mini App
 * the device's own zone is taken and saved to the customer's settings (the bot's texts and quiet
 * hours use the same setting). That happens once per customer and device: a zone changed later
 * in Settings is never overwritten.
 */
import { useEffect, useState } from "react";
import { changeSettings } from "./api";
import { deviceTimeZone } from "./format";
import { useSession } from "./session";

/** The zone a customer has before anyone chose one (the column's default). */
export const UNSET_ZONE = "UTC";
const KEY = "support-desk:zone-taken";

function alreadyTaken(customer: string): boolean {
  try {
    return (JSON.parse(localStorage.getItem(KEY) ?? "[]") as unknown[]).includes(customer);
  } catch {
    return false;
  }
}

function markTaken(customer: string): void {
  try {
    const list = JSON.parse(localStorage.getItem(KEY) ?? "[]") as unknown[];
    localStorage.setItem(KEY, JSON.stringify([...list.filter((x) => x !== customer), customer].slice(-20)));
  } catch {
    // Without storage the zone is still saved on the server; only the check repeats.
  }
}

/** Saves the device's zone on first open; returns the zone just taken (to say so), else null. */
export function useDeviceTimeZone(): { taken: string | null; dismiss: () => void } {
  const { me, setMe } = useSession();
  const [taken, setTaken] = useState<string | null>(null);
  const customer = me.user.telegramId;
  const current = me.settings.timeZone;

  useEffect(() => {
    if (alreadyTaken(customer)) return;
    let live = true;
    // Asking Intl for the device's zone costs a slow phone a tenth of a second: not before the
    // first view is drawn.
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 300));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = idle(() => {
      const device = deviceTimeZone();
      if (!device || current !== UNSET_ZONE || device === UNSET_ZONE) {
        markTaken(customer);
        return;
      }
      changeSettings({ timeZone: device }).then(
        (updated) => {
          markTaken(customer);
          if (!live) return;
          setMe(updated);
          setTaken(device);
        },
        () => {
          // Offline or refused: asked again on the next open.
        },
      );
    });
    return () => {
      live = false;
      cancel(handle);
    };
    // Once per customer: later changes of the zone are the customer's own.
  }, [customer]);

  return { taken, dismiss: () => setTaken(null) };
}
