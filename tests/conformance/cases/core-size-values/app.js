// Conformance case 'core-size-values': size.test.ts's Size conversions (bytes to pebibytes, the
// rounding behaviours FAIL / FLOOR / NONE, a size in its own unit) written into a resource's properties
'use strict';
const cdk = require('aws-cdk-lib');
const { Size, SizeRoundingBehavior: R } = cdk;

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const nums = {};
const units = ['Bytes', 'Kibibytes', 'Mebibytes', 'Gibibytes', 'Tebibytes', 'Pebibytes'];
const sizes = [
  ['b', Size.bytes(1_099_511_627_776)], ['k', Size.kibibytes(4_294_967_296)], ['m', Size.mebibytes(4_194_304)],
  ['g', Size.gibibytes(5)], ['t', Size.tebibytes(5)], ['p', Size.pebibytes(5)], ['m5200', Size.mebibytes(5_200)],
  ['frac', Size.mebibytes(5.5)], ['zero', Size.gibibytes(0)],
];
for (const [k, s] of sizes) {
  for (const u of units) {
    nums[`${k}.${u}.none`] = s[`to${u}`]({ rounding: R.NONE });
    nums[`${k}.${u}.floor`] = s[`to${u}`]({ rounding: R.FLOOR });
    try { nums[`${k}.${u}`] = s[`to${u}`](); } catch { /* not whole: error-size-* cases */ }
  }
}
nums.b4g = Size.bytes(4 * 1024 * 1024 * 1024).toGibibytes();
nums.k4g = Size.kibibytes(4 * 1024 * 1024).toGibibytes();
nums.m4g = Size.mebibytes(4 * 1024).toGibibytes();
nums.g4t = Size.gibibytes(4096).toTebibytes();
nums.t4p = Size.tebibytes(4096).toPebibytes();
new cdk.CfnResource(stack, 'Numbers', { type: 'AWS::Test::Sizes', properties: nums });
app.synth();
