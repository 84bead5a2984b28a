import type { LantuApp } from '@lantu/app';
import type { DocumentFramework } from '../schemas/framework.js';

/**
 * Frameworks with the document each was read from, in document order; one document's when
 * `documentId` is given (NOT_FOUND if unknown).
 */
export async function listDocumentFrameworks(
  app: LantuApp,
  documentIds: readonly string[],
): Promise<DocumentFramework[]> {
  const views = await Promise.all(documentIds.map((id) => app.document(id)));
  return views.flatMap(({ document, frameworks }) =>
    frameworks.map((framework) => ({
      document_id: document.id,
      document_title: document.title,
      framework,
    })),
  );
}
