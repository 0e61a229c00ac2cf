/**
 * STS accepts a web identity token up to five minutes after its `exp`, for clock skew between
 * the issuer and AWS (IAM User Guide, "OIDC federation": "IAM provides a five-minute window
 * beyond the expiration time specified in the JWT to account for clock skew, as allowed by the
 * OpenID Connect (OIDC) Core 1.0 standard"). Captured rejections show what comes after it:
 * 198 s past `exp` was refused in 2021 (awslabs/aws-orbit-workbench#707), so the window may be
 * newer than that. Nothing is documented for `nbf`: it is checked without tolerance here.
 */
export const EXP_CLOCK_SKEW_SECONDS = 300;

/** Whether STS still takes a token whose `exp` is this, at this time (both epoch seconds). */
export const expiredForSts = (exp: number, now: number): boolean =>
  !(now < exp + EXP_CLOCK_SKEW_SECONDS);
