import { describe, expect, it } from 'vitest';
import { sampleIngest } from './sample-reading.js';
import { DIALECTS, useStore } from './use-store.js';

const FIFTEENTH = {
  name: '义乌市“十五五”规划',
  jurisdiction_code: 'cn-zj-jh-yw',
  start_year: 2026,
  end_year: 2030,
};

for (const dialect of DIALECTS) {
  describe(`plans (${dialect})`, () => {
    const t = useStore(dialect, { now: () => new Date('2026-02-01T08:00:00.000Z') });

    it('creates a plan once per jurisdiction and period, and attaches documents', async () => {
      await t.store.jurisdictions.seedDefaults();
      const { documentId } = await t.store.documents.ingestReading(sampleIngest());
      expect(await t.store.plans.unattachedDocumentIds()).toEqual([documentId]);

      const plan = await t.store.plans.ensure(FIFTEENTH);
      expect(plan.id).toBe('cn-zj-jh-yw-2026-2030');
      const again = await t.store.plans.ensure({ ...FIFTEENTH, name: 'another name' });
      expect(again.name).toBe('义乌市“十五五”规划');

      await t.store.plans.attach({
        documentId,
        planId: plan.id,
        role: 'plan',
        setBy: 'inferred',
        actor: 'ingest',
      });
      const stored = await t.store.plans.get(plan.id);
      expect(stored.documents).toEqual([
        { document_id: documentId, role: 'plan', set_by: 'inferred' },
      ]);
      expect(await t.store.plans.unattachedDocumentIds()).toEqual([]);
      expect((await t.store.plans.list()).map((p) => p.id)).toEqual([plan.id]);
      // Inferred attachments leave no history; nothing a person did happened.
      expect(await t.store.history.list({ entity: 'document', entityId: documentId })).toHaveLength(
        1,
      );
    });

    it("never lets inference replace a person's attachment, and records the person's", async () => {
      await t.store.jurisdictions.seedDefaults();
      const { documentId } = await t.store.documents.ingestReading(sampleIngest());
      const fifteenth = await t.store.plans.ensure(FIFTEENTH);
      const fourteenth = await t.store.plans.ensure({
        ...FIFTEENTH,
        name: '义乌市“十四五”规划',
        start_year: 2021,
        end_year: 2025,
      });
      await t.store.plans.attach({
        documentId,
        planId: fourteenth.id,
        role: 'evaluation',
        setBy: 'person',
        actor: '张三',
      });
      await t.store.plans.attach({
        documentId,
        planId: fifteenth.id,
        role: 'plan',
        setBy: 'inferred',
        actor: 'ingest',
      });
      expect((await t.store.plans.get(fourteenth.id)).documents).toHaveLength(1);
      expect((await t.store.plans.get(fifteenth.id)).documents).toHaveLength(0);
      const history = await t.store.history.list({ entity: 'document', entityId: documentId });
      expect(history.at(-1)).toMatchObject({
        action: 'plan',
        actor: '张三',
        after: { plan_id: fourteenth.id, role: 'evaluation' },
      });

      await t.store.plans.detach(documentId, '李四');
      expect((await t.store.plans.get(fourteenth.id)).documents).toHaveLength(0);
      // Taken out by a person: not offered to inference again.
      expect(await t.store.plans.unattachedDocumentIds()).toEqual([]);
    });

    it('answers NOT_FOUND for an unknown plan', async () => {
      await expect(t.store.plans.get('nope')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });
  });
}
