// Conformance case 'validation-report-annotations-trim': the "Construct Annotations" report of
// @aws-cdk/core:annotationsInValidationReport takes a warning's rule out of its message (an
// addWarningV2 id's "[ack: ...]", a trailing "(Foo::Bar)") and trims the description left with
// String.prototype.trim, which strips Unicode's white space too (U+00A0, U+3000, U+2028, U+FEFF).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App({
  context: { '@aws-cdk/core:annotationsInValidationReport': true, 'aws:cdk:disable-creation-stack-traces': true },
});
const stack = new cdk.Stack(app, 'Svc');
const thing = new cdk.CfnResource(stack, 'Thing', { type: 'AWS::CloudFormation::WaitConditionHandle' });
cdk.Annotations.of(stack).addWarning('\u3000spaced out\u00a0 (Foo::Bar)');
cdk.Annotations.of(thing).addWarningV2('my:warn', '\u2028custom warning\u3000');
cdk.Annotations.of(thing).addWarningV2('my:other', 'custom warning');
cdk.Annotations.of(thing).addWarning('\ufeffno rule\u00a0');
app.synth();
