import { useState } from 'preact/hooks';
import { csvText } from '../../lib/i18n/csv-text';
import { useText } from '../use-text';

export interface FileDropProps {
  onFile(file: File): void;
}

/**
 * The file input labelled "CSV file", inside a box that also takes a dropped file. The native input stays
 * visible and focusable: it is the keyboard and screen-reader way in; dropping is a shortcut for the mouse.
 */
export function FileDrop({ onFile }: FileDropProps) {
  const { t } = useText(csvText);
  const [over, setOver] = useState(false);
  return (
    <div
      class={over ? 'drop drop--over' : 'drop'}
      data-drop=""
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const file = e.dataTransfer?.files[0];
        if (file) onFile(file);
      }}
    >
      <label for="csv-file" class="drop-label">
        {t('fileLabel')}
      </label>
      <input
        id="csv-file"
        type="file"
        accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
        aria-describedby="csv-file-hint"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file) onFile(file);
        }}
      />
      <p id="csv-file-hint" class="hint">
        {over ? t('dropHere') : t('fileHint')}
      </p>
    </div>
  );
}
