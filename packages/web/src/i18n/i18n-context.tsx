/** The UI language: a React context, kept in localStorage and on <html lang>. */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { htmlLang, parseLang, type Lang } from './lang.js';
import { translator, type Translate } from './translate.js';

const STORAGE_KEY = 'lantu.lang';

interface I18n {
  readonly lang: Lang;
  readonly t: Translate;
  readonly setLang: (lang: Lang) => void;
}

const I18nContext = createContext<I18n>({
  lang: 'zh',
  t: translator('zh'),
  setLang: () => undefined,
});

function storedLang(): Lang {
  try {
    return parseLang(window.localStorage.getItem(STORAGE_KEY));
  } catch {
    return 'zh'; // storage can be blocked (private mode); Chinese is the default anyway
  }
}

export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Lang }) {
  const [lang, setLangState] = useState<Lang>(() => initial ?? storedLang());
  useEffect(() => {
    document.documentElement.lang = htmlLang(lang);
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // not persisted; the switch still works for this visit
    }
  }, []);
  const value = useMemo(() => ({ lang, t: translator(lang), setLang }), [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
