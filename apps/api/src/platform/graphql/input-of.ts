import type { Type } from '@nestjs/common';
import { InputType, OmitType } from '@nestjs/graphql';

// The input twin of a flat view (scalars and enums only): the same fields, typed as input, so a row
// the API shows and the row a client sends back are declared once. Decorate the result with @InputType().
export const inputOf = <T>(view: Type<T>) => OmitType(view, [] as const, InputType);
