import { useCallback, useEffect, useRef, useState, useSyncExternalStore, type FormEvent, type RefObject } from "react";
import type { CheckInAnswer } from "./answer.server";

/**
 * The check-in page with JavaScript: codes are posted in the background, and when the venue's
 * network is down they wait in this phone's localStorage and go when it returns (the `online`
 * event, and a retry every 20 seconds). Each post names the code and the time it was taken, and
 * the server writes attended_at once per registration, so a code sent twice counts once. With a
 * camera and the browser's BarcodeDetector, a scan button reads the QR image. This file is
 * imported by the check-in route only, so no public page loads it.
 */
type Queued = { code: string; scannedAt: number };
type Detector = { detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]> };
declare global {
  interface Window {
    BarcodeDetector?: { new (options: { formats: string[] }): Detector; getSupportedFormats(): Promise<string[]> };
  }
}

const RETRY_MS = 20_000;

function readQueue(key: string): Queued[] {
  try {
    const v = JSON.parse(localStorage.getItem(key) ?? "[]") as unknown;
    return Array.isArray(v) ? (v as Queued[]).filter((q) => typeof q?.code === "string" && typeof q?.scannedAt === "number") : [];
  } catch {
    return [];
  }
}

const CHANGED = "gda-check-in-queue";

/** The queue's length, kept in step with localStorage (this tab's writes and other tabs'). */
function subscribe(onChange: () => void) {
  window.addEventListener(CHANGED, onChange);
  window.addEventListener("storage", onChange);
  return () => {
    window.removeEventListener(CHANGED, onChange);
    window.removeEventListener("storage", onChange);
  };
}

export function useCheckInDesk({
  formId,
  endpoint,
  eventId,
  video,
}: {
  formId: string;
  endpoint: string;
  eventId: number;
  video: RefObject<HTMLVideoElement | null>;
}) {
  const key = `gda-check-in:${eventId}`;
  const [answer, setAnswer] = useState<CheckInAnswer | null>(null);
  const waiting = useSyncExternalStore(
    subscribe,
    () => readQueue(key).length,
    () => 0,
  );
  const [signedOut, setSignedOut] = useState(false);
  const [canScan, setCanScan] = useState(false);
  const [scanning, setScanning] = useState(false);
  const flushing = useRef(false);

  const csrf = () => document.getElementById(formId)?.querySelector<HTMLInputElement>('input[name="_csrf"]')?.value ?? "";

  /** Posts one code; null when the network (or the session) is not there, so it stays queued. */
  const send = useCallback(
    async (item: Queued): Promise<CheckInAnswer | null> => {
      const body = new FormData();
      body.set("_csrf", csrf());
      body.set("code", item.code);
      body.set("scannedAt", String(item.scannedAt));
      try {
        const res = await fetch(endpoint, { method: "POST", body, credentials: "same-origin", headers: { Accept: "application/json" } });
        if (res.status === 401) {
          setSignedOut(true);
          return null;
        }
        if (res.status >= 500) return null;
        setSignedOut(false);
        return (await res.json()) as CheckInAnswer;
      } catch {
        return null;
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- csrf() reads the form as it is at send time
    [endpoint],
  );

  const save = useCallback(
    (queue: Queued[]) => {
      localStorage.setItem(key, JSON.stringify(queue));
      window.dispatchEvent(new Event(CHANGED));
    },
    [key],
  );

  const flush = useCallback(async () => {
    if (flushing.current) return;
    flushing.current = true;
    try {
      for (let queue = readQueue(key); queue.length; queue = readQueue(key)) {
        const result = await send(queue[0]!);
        if (!result) break;
        setAnswer(result);
        // Re-read: a code may have been queued meanwhile.
        save(readQueue(key).filter((q) => !(q.code === queue[0]!.code && q.scannedAt === queue[0]!.scannedAt)));
      }
    } finally {
      flushing.current = false;
    }
  }, [key, save, send]);

  const checkIn = useCallback(
    async (code: string) => {
      const item = { code, scannedAt: Date.now() };
      const result = navigator.onLine ? await send(item) : null;
      if (result) {
        setAnswer(result);
        return;
      }
      const queue = readQueue(key);
      if (!queue.some((q) => q.code.replace(/[\s-]/g, "").toUpperCase() === code.replace(/[\s-]/g, "").toUpperCase())) save([...queue, item]);
      setAnswer(null);
    },
    [key, save, send],
  );

  useEffect(() => {
    // The form now posts in the background and queues when offline (tests wait for this mark).
    document.getElementById(formId)?.setAttribute("data-queue", "ready");
    void flush();
    const online = () => void flush();
    window.addEventListener("online", online);
    const timer = window.setInterval(() => void flush(), RETRY_MS);
    const Barcode = window.BarcodeDetector;
    if (Barcode && typeof navigator.mediaDevices?.getUserMedia === "function") {
      Barcode.getSupportedFormats()
        .then((formats) => setCanScan(formats.includes("qr_code")))
        .catch(() => setCanScan(false));
    }
    return () => {
      window.removeEventListener("online", online);
      window.clearInterval(timer);
    };
  }, [flush, key, formId]);

  // The camera runs while scanning: a frame every 300 ms goes to the detector; the first code read stops it.
  useEffect(() => {
    if (!scanning || !window.BarcodeDetector) return;
    let stream: MediaStream | null = null;
    let timer = 0;
    let stopped = false;
    const detector = new window.BarcodeDetector({ formats: ["qr_code"] });
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: "environment" } })
      .then(async (s) => {
        stream = s;
        if (stopped || !video.current) return;
        video.current.srcObject = s;
        await video.current.play();
        timer = window.setInterval(async () => {
          if (!video.current) return;
          const [found] = await detector.detect(video.current).catch(() => []);
          if (found && !stopped) {
            stopped = true;
            setScanning(false);
            void checkIn(found.rawValue);
          }
        }, 300);
      })
      .catch(() => setScanning(false));
    return () => {
      stopped = true;
      window.clearInterval(timer);
      stream?.getTracks().forEach((t) => t.stop());
    };
  }, [scanning, checkIn, video]);

  const onSubmit = useCallback(
    (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const input = event.currentTarget.elements.namedItem("code") as HTMLInputElement | null;
      const code = input?.value.trim() ?? "";
      if (!code) return;
      if (input) input.value = "";
      input?.focus();
      void checkIn(code);
    },
    [checkIn],
  );

  return { answer, waiting, signedOut, canScan, scanning, onSubmit, toggleScan: () => setScanning((s) => !s) };
}
