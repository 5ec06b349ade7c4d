import { describe, expect, it } from 'vitest';
import { findLeadPrefix } from '../../src/text/dateline.js';

const lead = (text: string) => findLeadPrefix(text, 0, text.length);

describe('findLeadPrefix: a photo caption glued in front of the dateline', () => {
  // A cheap test for a credit word lets most paragraphs with a bracket skip the credit pattern; each of
  // these passes it, and the pattern decides.
  it.each([
    'At the opening ceremony (Photo: VNA)Hai Phong (VNA) – An exhibition opened.',
    'At the opening ceremony (PHOTO: VNA)Hai Phong (VNA) – An exhibition opened.',
    'Visitors at the show (Illustrative photo: VNA/Vietnam+)Hai Phong (VNA) – An exhibition opened.',
    'Visitors at the show (Ảnh: TTXVN)Hai Phong (VNA) – An exhibition opened.',
    'Visitors at the show (ẢNH: TTXVN)Hai Phong (VNA) – An exhibition opened.',
    'Visitors at the show (Images: VNA)Hai Phong (VNA) – An exhibition opened.',
    // With `iu` a long s is an s: the cheap test must not rule it out.
    'Visitors at the show (Illuſtration: VNA)Hai Phong (VNA) – An exhibition opened.',
  ])('%s', (text) => {
    const prefix = lead(text);
    expect(prefix?.hasCaption).toBe(true);
    expect(text.slice(prefix!.bodyStart)).toBe('An exhibition opened.');
  });

  it.each([
    // A bracket but no credit word: the cheap test says no.
    'At the opening ceremony (left)Hai Phong (VNA) – An exhibition opened.',
    // A credit word, but no caption credit before a dateline: the pattern says no.
    'The photo show (which opened today) drew crowds.',
  ])('%s', (text) => {
    expect(lead(text)).toBeNull();
  });

  it('finds a dateline at the start without a caption', () => {
    expect(lead('Hai Phong (VNA) – An exhibition opened.')).toMatchObject({ hasCaption: false, datelineStart: 0 });
  });
});
