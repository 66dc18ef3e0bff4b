import { useState, type FormEvent } from 'react';

/**
 * The state of a form that sends one file (components/FilePicker): the chosen file, whether the
 * form was sent without one (`missing`), and `busy` while `send` runs. `send` reports its own
 * outcome and resolves true when it succeeded, which clears the choice for the next file.
 */
export function useFileForm(send: (file: File) => Promise<boolean>) {
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMissing(!file);
    if (!file) return;
    setBusy(true);
    try {
      if (await send(file)) setFile(null);
    } finally {
      setBusy(false);
    }
  }

  return { file, setFile, missing, busy, submit };
}
