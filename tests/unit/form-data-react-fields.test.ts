import { describe, expect, it } from 'vitest';
import { formDataToObject } from '@/lib/actions/form-data';

describe('formDataToObject', () => {
  it('drops the $ACTION fields React posts with a form sent before JavaScript has loaded', () => {
    const form = new FormData();
    form.append('$ACTION_REF_1', '');
    form.append('$ACTION_1:0', '{"id":"abc"}');
    form.append('$ACTION_KEY', 'k');
    form.append('title', 'Hello');
    expect(formDataToObject(form)).toEqual({ title: 'Hello' });
  });
});
