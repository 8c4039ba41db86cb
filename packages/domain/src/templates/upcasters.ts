import { asStored, type Upcasters } from '../shared/upcasting';
import type { TemplateEvent } from './events';

// Every stored version of each event of this context, read into today's shape. One version each so
// far; a changed shape adds its new version here and turns the old ones into it.
export const templateUpcasters: Upcasters<TemplateEvent> = {
  TemplateSaved: { 1: asStored },
  TemplateRetired: { 1: asStored },
};
