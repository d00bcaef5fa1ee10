// Conformance case 'core-annotations-deprecation': core annotations.test.ts: addDeprecation (the
// warning "The API ... is deprecated: ..." with the id "Deprecated:<api>"), kept once per construct
// however often it is added, on constructs of two stacks; addWarningV2 of one id three times kept
// once; acknowledgeWarning of a warning on the construct and of one on a child, and of a
// deprecation by its "Deprecated:<api>" id.
'use strict';
const cdk = require('aws-cdk-lib');
const { Construct } = require('constructs');

const app = new cdk.App();
const stack1 = new cdk.Stack(app, 'MyStack1');
const stack2 = new cdk.Stack(app, 'MyStack2');
const c1 = new Construct(stack1, 'Hello');
const c2 = new Construct(stack1, 'World');
const c3 = new Construct(stack2, 'FooBar');
const api = '@aws-cdk/core.Construct.node';
const why = 'use @aws-Construct.construct instead';
cdk.Annotations.of(c1).addDeprecation(api, why);
cdk.Annotations.of(c2).addDeprecation(api, why);
cdk.Annotations.of(c1).addDeprecation(api, why);
cdk.Annotations.of(c3).addDeprecation(api, why);
cdk.Annotations.of(c1).addDeprecation(api, why);
cdk.Annotations.of(c1).addDeprecation('other.api', 'another reason');

const s1c1 = new Construct(stack1, 'C1');
cdk.Annotations.of(s1c1).addWarningV2('warning1', 'You should know this!');
cdk.Annotations.of(s1c1).addWarningV2('warning1', 'You should know this!');
cdk.Annotations.of(s1c1).addWarningV2('warning1', 'You should know this!');
cdk.Annotations.of(s1c1).addWarningV2('warning2', 'You should know this, too!');
cdk.Annotations.of(s1c1).addWarningV2('MESSAGE2', 'You Should know this too!');
cdk.Annotations.of(s1c1).acknowledgeWarning('MESSAGE2', 'I Ack this');
const child = new Construct(s1c1, 'C2');
cdk.Annotations.of(child).addWarningV2('MESSAGE3', 'A child warning');
cdk.Annotations.of(s1c1).acknowledgeWarning('MESSAGE3', 'I Ack this');
cdk.Annotations.of(c2).acknowledgeWarning(`Deprecated:${api}`, 'known');
new cdk.CfnResource(stack1, 'Res', { type: 'AWS::CloudFormation::WaitConditionHandle' });
new cdk.CfnResource(stack2, 'Res', { type: 'AWS::CloudFormation::WaitConditionHandle' });

app.synth();
