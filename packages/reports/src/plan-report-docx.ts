import type { PlanEvaluation, PlanGroup, PlanIndicatorRow } from '@lantu/app';
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import {
  chineseDate,
  countsSentence,
  METHOD_PARAGRAPHS,
  overallParagraph,
  rate,
} from './report-words.js';

/** Fonts Word and WPS both have on a Chinese system; LibreOffice substitutes Noto CJK. */
const FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' } as const;
const HEADING_FONT = {
  ascii: 'Times New Roman',
  hAnsi: 'Times New Roman',
  eastAsia: '黑体',
} as const;

/** The columns of 主要指标完成情况表, with their share of the table width. */
const INDICATOR_COLUMNS: readonly (readonly [string, number])[] = [
  ['序号', 4],
  ['指标', 14],
  ['单位', 6],
  ['基期值', 9],
  ['目标值', 10],
  ['实际值', 10],
  ['完成情况', 7],
  ['说明', 18],
  ['出处', 22],
];

const TASK_COLUMNS: readonly (readonly [string, number])[] = [
  ['序号', 5],
  ['任务', 35],
  ['时限', 8],
  ['完成情况', 9],
  ['说明', 18],
  ['出处', 25],
];

function text(value: string, options: { bold?: boolean; size?: number } = {}): TextRun {
  return new TextRun({
    text: value,
    font: FONT,
    size: options.size ?? 21,
    bold: options.bold ?? false,
  });
}

function paragraph(value: string): Paragraph {
  return new Paragraph({
    children: [text(value)],
    spacing: { after: 120, line: 360 },
    indent: { firstLine: 420 },
  });
}

function heading(value: string, level: 1 | 2 = 1): Paragraph {
  return new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    spacing: { before: 240, after: 120 },
    children: [
      new TextRun({
        text: value,
        font: HEADING_FONT,
        size: level === 1 ? 28 : 24,
        bold: level === 2,
      }),
    ],
  });
}

function cell(value: string, widthPercent: number, bold = false): TableCell {
  // One paragraph per line: line breaks inside a run do not survive every reader.
  return new TableCell({
    width: { size: widthPercent, type: WidthType.PERCENTAGE },
    children: value
      .split('\n')
      .map((line) => new Paragraph({ children: [text(line, { bold, size: 18 })] })),
  });
}

function table(
  columns: readonly (readonly [string, number])[],
  rows: readonly (readonly string[])[],
): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: columns.map(([name, width]) => cell(name, width, true)),
      }),
      ...rows.map(
        (row) =>
          new TableRow({
            children: columns.map(([, width], i) => cell(row[i] ?? '', width)),
          }),
      ),
    ],
  });
}

/** 出处: the target's document and sentence, then the actual figure's. */
function sourceCell(row: PlanIndicatorRow): string {
  const target = `目标：${row.target_source.label}“${row.target_source.sentence ?? ''}”`;
  if (row.actual_source === null) return target;
  const sentence = row.actual_source.sentence === null ? '' : `“${row.actual_source.sentence}”`;
  return `${target}\n实际：${row.actual_source.label}${sentence}`;
}

function indicatorRows(rows: readonly PlanIndicatorRow[]): string[][] {
  return rows.map((row, i) => [
    String(i + 1),
    row.indicator,
    row.unit,
    row.baseline,
    row.target,
    row.actual,
    row.status_label.zh,
    row.analysis === null ? row.explanation.zh : `${row.explanation.zh}\n${row.analysis.zh}`,
    sourceCell(row),
  ]);
}

function taskRows(rows: readonly PlanIndicatorRow[]): string[][] {
  return rows.map((row, i) => [
    String(i + 1),
    row.target_source.sentence ?? row.indicator,
    row.year === null ? '' : `${row.year}年`,
    row.status_label.zh,
    row.explanation.zh,
    row.target_source.label,
  ]);
}

const CHINESE_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function groupParagraphs(groups: readonly PlanGroup[]): Paragraph[] {
  return groups.map((group, i) => {
    const ordinal = CHINESE_ORDINALS[i] ?? String(i + 1);
    const prefix = i < 10 ? `（${ordinal}）` : `${i + 1}. `;
    const { roll_up: roll } = group;
    return paragraph(
      `${prefix}${group.name}：共${roll.total}项，${countsSentence(roll)}；完成率${rate(roll.completionRate)}。`,
    );
  });
}

/**
 * The 规划实施情况评估报告 as a Word document (A4 landscape, so the nine-column table
 * reads): 总体评价, 主要指标完成情况表, 重点任务, 分领域进展, 目标调整, 数据冲突, 存在问题 and
 * the method. Every number in the tables carries its document, date and sentence.
 */
export async function planReportDocx(evaluation: PlanEvaluation): Promise<Uint8Array> {
  const targets = evaluation.rows.filter((row) => row.kind === 'target');
  const tasks = evaluation.rows.filter((row) => row.kind === 'milestone');
  const title = `${evaluation.plan.name}实施情况评估报告`;
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 120 },
      children: [new TextRun({ text: title, font: HEADING_FONT, size: 36, bold: true })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [
        text(`（草稿）截至${chineseDate(evaluation.as_of)} · 蓝图根据公开文件生成`, { size: 21 }),
      ],
    }),
    heading('一、总体评价'),
    paragraph(overallParagraph(evaluation)),
    paragraph(
      `纳入评估的文件：${evaluation.plan.documents.map((d) => `《${d.title}》`).join('、') || '无'}。`,
    ),
    heading('二、主要指标完成情况'),
    targets.length === 0
      ? paragraph('规划文件中没有读到量化指标。')
      : table(INDICATOR_COLUMNS, indicatorRows(targets)),
    heading('三、重点任务完成情况'),
    tasks.length === 0
      ? paragraph('规划文件中没有读到有时限的任务。')
      : table(TASK_COLUMNS, taskRows(tasks)),
    heading('四、分领域进展'),
    heading('（一）按规划章节', 2),
    ...(evaluation.sections.length === 0
      ? [paragraph('无章节信息。')]
      : groupParagraphs(evaluation.sections)),
    heading('（二）按战略框架', 2),
    ...(evaluation.framework_parts.length === 0
      ? [paragraph('没有目标对应到战略框架的组成部分。')]
      : groupParagraphs(evaluation.framework_parts)),
    heading('（三）按责任单位', 2),
    ...(evaluation.units.length === 0
      ? [paragraph('尚未向责任单位交办目标。')]
      : groupParagraphs(evaluation.units)),
    heading('五、目标调整情况'),
    ...(evaluation.goalpost_changes.length === 0
      ? [paragraph('未发现同一指标、同一期限的目标在后续文件中被调整。')]
      : evaluation.goalpost_changes.map((change) =>
          paragraph(
            `${change.indicator}：${change.explanation.zh}原表述：${change.previous.label}“${change.previous.sentence ?? ''}”；现表述：${change.current.label}“${change.current.sentence ?? ''}”。`,
          ),
        )),
    heading('六、数据口径冲突'),
    ...(evaluation.claim_conflicts.length === 0
      ? [paragraph('未发现不同来源对同一数据的不同说法。')]
      : evaluation.claim_conflicts.map((conflict) =>
          paragraph(
            `${conflict.indicator}（${conflict.year}年）：${conflict.values.join('、')}。来源：${conflict.sources.map((s) => `${s.label}${s.sentence === null ? '' : `“${s.sentence}”`}`).join('；')}。`,
          ),
        )),
    heading('七、存在问题'),
    ...(evaluation.problems.length === 0
      ? [paragraph('未发现未完成、进度滞后或缺少数据的目标。')]
      : evaluation.problems.map((line, i) => paragraph(`${i + 1}. ${line}`))),
    heading('附录：评价方法'),
    ...METHOD_PARAGRAPHS.map((line) => paragraph(line)),
  ];
  const document = new Document({
    creator: '蓝图 Lantu',
    title,
    description: `截至${chineseDate(evaluation.as_of)}`,
    styles: { default: { document: { run: { font: FONT, size: 21 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { orientation: PageOrientation.LANDSCAPE, width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 },
          },
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
