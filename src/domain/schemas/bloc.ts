import * as z from "zod/mini";
import { BLOC_ID, COUNTRY_CODE } from "../id-patterns";
import { httpUrlSchema } from "./http-url";
import { daysInOrder } from "../day";
import { MEMBERSHIP_STATUSES } from "../membership-status";
import { isoDaySchema } from "./iso-day";

/** Where a fact was taken from: what a reviewer can open to check it. */
export const sourceSchema = z.object({
  title: z.string().check(z.minLength(1)),
  url: httpUrlSchema,
});
export type Source = z.infer<typeof sourceSchema>;

export const localizedSchema = z.object({ en: z.string().check(z.minLength(1)), fr: z.string().check(z.minLength(1)) });
export type Localized = z.infer<typeof localizedSchema>;

export const membershipStatusSchema = z.enum(MEMBERSHIP_STATUSES);

export const countryCodeSchema = z.string().check(z.regex(COUNTRY_CODE, "expected an ISO 3166-1 alpha-3 code"));

export const intervalSchema = z
  .object({
    from: isoDaySchema,
    /** The first day the status no longer holds (exclusive); absent while it still holds. */
    to: z.optional(isoDaySchema),
    status: membershipStatusSchema,
    note: z.optional(localizedSchema),
    source: sourceSchema,
  })
  .check(z.refine((i) => i.to === undefined || daysInOrder(i.from, i.to, true), {
    message: "`to` must be after `from`",
    path: ["to"],
  }));
export type Interval = z.infer<typeof intervalSchema>;

export const memberSchema = z
  .object({
    country: countryCodeSchema,
    intervals: z.array(intervalSchema).check(z.minLength(1)),
  })
  .check(z.refine(
    (m) =>
      m.intervals.every((interval, i) => {
        const next = m.intervals[i + 1];
        return next === undefined || (interval.to !== undefined && daysInOrder(interval.to, next.from));
      }),
    { message: "intervals must be in order and must not overlap", path: ["intervals"] },
  ));
export type Member = z.infer<typeof memberSchema>;

export const milestoneSchema = z.object({
  date: isoDaySchema,
  label: localizedSchema,
  source: sourceSchema,
});
export type Milestone = z.infer<typeof milestoneSchema>;

export const blocKindSchema = z.enum(["military-alliance", "security-pact", "strategic-partnership", "forum"]);
export type BlocKind = z.infer<typeof blocKindSchema>;

export const blocIdSchema = z.string().check(z.regex(BLOC_ID, "expected a lower-case bloc id"));

/**
 * Where a treaty applies beyond its members' own shapes: which territories of members it covers
 * (NATO's Article 6 names the Algerian departments of France and the islands north of the Tropic of
 * Cancer). Without it, a member's outlying parts are covered and its dependencies are not.
 */
export const treatyAreaSchema = z.object({
  description: localizedSchema,
  source: sourceSchema,
  covers: z.array(
    z
      .object({
        area: z.string().check(z.regex(/^(?:[A-Z]{3}|[A-Z]{2}-[A-Z0-9]{1,3})$/, "expected an ISO 3166-1 alpha-3 or ISO 3166-2 code")),
        from: z.optional(isoDaySchema),
        to: z.optional(isoDaySchema),
        note: z.optional(localizedSchema),
        source: z.optional(sourceSchema),
      })
      .check(z.refine((c) => c.from === undefined || c.to === undefined || daysInOrder(c.from, c.to, true), {
        message: "`to` must be after `from`",
        path: ["to"],
      })),
  ),
});
export type TreatyArea = z.infer<typeof treatyAreaSchema>;

export const blocSchema = z
  .object({
    id: blocIdSchema,
    names: localizedSchema,
    shortNames: localizedSchema,
    kind: blocKindSchema,
    colour: z.string().check(z.regex(/^#[0-9a-f]{6}$/i, "expected a #rrggbb colour")),
    description: localizedSchema,
    founded: z.object({ date: isoDaySchema, source: sourceSchema }),
    milestones: z.array(milestoneSchema),
    treatyArea: z.optional(treatyAreaSchema),
    members: z.array(memberSchema).check(z.minLength(1)),
  })
  .check(z.refine((b) => new Set(b.members.map((m) => m.country)).size === b.members.length, {
    message: "a country is listed twice",
    path: ["members"],
  }));
export type Bloc = z.infer<typeof blocSchema>;

/** What the app loads: every bloc, in display order. */
export const blocsFileSchema = z.object({ blocs: z.array(blocSchema).check(z.minLength(1)) });
export type BlocsFile = z.infer<typeof blocsFileSchema>;
