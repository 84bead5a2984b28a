/**
 * @module
 * Reports as files people open in Word, WPS and PDF readers: the 规划实施情况评估报告.
 */
export { planReportDocx } from './plan-report-docx.js';
export { docxToPdf } from './docx-to-pdf.js';
export { battleMapHtml } from './battle-map-html.js';
