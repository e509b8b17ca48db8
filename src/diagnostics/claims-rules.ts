import {defineRules} from './rule.js'

/** Rules of the `mentions` and `claims` stages. */
export const claimsRules = defineRules([] as const)
