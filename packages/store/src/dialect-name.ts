/** The two databases the store runs on; every dialect-specific branch switches on this. */
export type DialectName = 'sqlite' | 'postgres';
