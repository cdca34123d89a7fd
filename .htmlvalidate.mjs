// @ts-check
/**
 * html-validate configuration for the built pages (`npm run audit`).
 * The recommended rules, with two changes, each for a reason:
 */
import { defineConfig } from 'html-validate';

export default defineConfig({
  extends: ['html-validate:recommended'],
  rules: {
    // Official Georgian program names are long; page titles carry them in full.
    'long-title': ['error', { maxlength: 120 }],
    // Checkboxes sharing a name is how a form sends several answers (?need=business&need=training).
    'form-dup-name': ['error', { shared: ['radio', 'button', 'reset', 'submit', 'checkbox'] }],
  },
});
