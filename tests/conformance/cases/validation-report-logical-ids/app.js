// Conformance case 'validation-report-logical-ids': the validator's checks of logical ids that are
// not [A-Za-z0-9]+: F0006 a resource's (an underscore, a hyphen, non-ASCII letters), F2003 a
// parameter's, F6004 an output's; a condition's is not checked.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const s = new cdk.Stack(app, 'TestStack');
const r = new cdk.CfnResource(s, 'R1', { type: 'AWS::SQS::Queue' });
r.overrideLogicalId('OVERRIDE_ID');
new cdk.CfnResource(s, 'R2', { type: 'AWS::SQS::Queue' }).overrideLogicalId('a-b');
new cdk.CfnResource(s, 'R3', { type: 'AWS::SQS::Queue' }).overrideLogicalId('Ünïcode');
new cdk.CfnOutput(s, 'O1', { value: 'x' }).overrideLogicalId('Out_1');
new cdk.CfnOutput(s, 'O2', { value: 'y' });
new cdk.CfnOutput(s, 'O3', { value: 'z' }).overrideLogicalId('Out-3');
const p = new cdk.CfnParameter(s, 'P1', { default: 'x' });
p.overrideLogicalId('Par_1');
new cdk.CfnResource(s, 'R4', { type: 'AWS::SQS::Queue', properties: { QueueName: p.valueAsString } });
const c = new cdk.CfnCondition(s, 'C1', { expression: cdk.Fn.conditionEquals(p.valueAsString, 'b') });
c.overrideLogicalId('Cond_1');
r.cfnOptions.condition = c;
app.synth();
