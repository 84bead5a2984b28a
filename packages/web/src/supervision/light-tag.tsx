/** An assignment's light as a coloured tag with its words, and the explanation on hover. */
import { Tag, Tooltip } from 'antd';
import { useI18n } from '../i18n/i18n-context.js';
import type { AssignmentView } from './supervision-api.js';

const COLOR = { green: 'success', yellow: 'warning', red: 'error', grey: 'default' } as const;

export function LightTag({ light }: { readonly light: AssignmentView['light'] }) {
  const { lang } = useI18n();
  return (
    <Tooltip title={light.explanation[lang]}>
      <Tag color={COLOR[light.light]} data-light={light.light}>
        {light.label[lang]}
      </Tag>
    </Tooltip>
  );
}
