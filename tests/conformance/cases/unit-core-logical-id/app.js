// Conformance case 'unit-core-logical-id': aws-cdk's core logical-id.test.ts: top-level ids kept as
// they are (255 characters at most, non-alphanumerics dropped), a 256-character one trimmed with a
// hash, A/BC next to AB/C, "Resource" dropped and "Default" transparent in the human part,
// non-alphanumerics dropped from nested paths, long alphanumeric ids, and too long nested ids kept
// unique. (Random ids of the test are fixed strings here.)
'use strict';
const { Construct } = require('constructs');
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new cdk.CfnResource(new Construct(stack, 'A'), 'BC', { type: 'Resource' });
new cdk.CfnResource(new Construct(stack, 'AB'), 'C', { type: 'Resource' });
new cdk.CfnResource(stack, 'MyAwesomeness', { type: 'Resource' });
new cdk.CfnResource(stack, 'x'.repeat(255), { type: 'Resource' });
new cdk.CfnResource(stack, '*y-'.repeat(255), { type: 'Resource' });
new cdk.CfnResource(stack, 'z'.repeat(256), { type: 'Resource' });

const parent = new Construct(stack, 'Parent');
new cdk.CfnResource(new Construct(new Construct(parent, 'Child'), 'Resource'), 'HeyThere', { type: 'AWS::TAAS::Thing' });
new cdk.CfnResource(new Construct(parent, 'Default'), 'HeyThere', { type: 'AWS::TAAS::Thing' });

let scope = stack;
for (const id of ['Foo-bar', 'B00m', 'Hello_World', '&&Horray Horray.']) {
  scope = new cdk.CfnResource(scope, id, { type: 'Foo' });
}
new cdk.CfnResource(stack, 'Single-one', { type: 'Foo' });

const alpha = 'abcdefghijklmnopqrstuvwxyz'.repeat(8).slice(0, 200);
const digits = '0123456789'.repeat(20);
new cdk.CfnResource(stack, alpha, { type: 'R' });
new cdk.CfnResource(stack, digits, { type: 'R' });

const a = new Construct(stack, 'q'.repeat(100));
const b = new Construct(a, 'r'.repeat(100));
const first = 's'.repeat(60);
new cdk.CfnResource(b, first + 't'.repeat(40), { type: 'Resource' });
new cdk.CfnResource(b, first + 'u'.repeat(40), { type: 'Resource' });
app.synth();
