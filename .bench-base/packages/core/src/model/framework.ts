/** A counted structure such as “138”, 九个中心 or 十大行动 (spec section 4). */
export interface FrameworkPart {
  readonly count: number;
  /** The counted noun (新赛道), or '' where the text gives none. */
  readonly label: string;
  /** The listed names in order, empty where the text does not list them. */
  readonly items: readonly string[];
}

export interface Framework {
  readonly name: string;
  readonly text: string;
  readonly parts: readonly FrameworkPart[];
  readonly start: number;
  readonly end: number;
  /** Set by the reader when a listed part has more or fewer items than its count says. */
  readonly count_mismatch?: boolean;
}

/** True when some part lists items but not as many as its count says: worth showing. */
export function frameworkCountMismatch(framework: Framework): boolean {
  return framework.parts.some((part) => part.items.length > 0 && part.items.length !== part.count);
}
