// GOV.UK Frontend still ships rules for old Internet Explorer behind `@media (min-width: 0\0)`.
// Turbopack warns "Invalid media query" about them on every request; no supported browser needs them.
// Depending on the Sass output the hack arrives as a backslash escape, a NUL or a replacement character.
const IE_HACK = /\\0|\u0000|\uFFFD/;

module.exports = () => ({
  postcssPlugin: 'drop-ie-media-hack',
  AtRule: {
    media(atRule) {
      if (IE_HACK.test(atRule.params)) atRule.remove();
    },
  },
});
module.exports.postcss = true;
