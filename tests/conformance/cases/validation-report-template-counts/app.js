// Conformance case 'validation-report-template-counts': aws-cdk-lib's CloudFormation validator at
// synth (validation-report.json): 550 resources under a limit raised to 600 (F0007) and 201
// outputs (F0004), findings on the stack itself; creation stack traces off.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App({ context: { '@aws-cdk/core:stackResourceLimit': '600', 'aws:cdk:disable-creation-stack-traces': true } });
const stack = new cdk.Stack(app, 'Big');
for (let i = 0; i < 550; i++) new cdk.CfnResource(stack, `Topic${i}`, { type: 'AWS::SNS::Topic' });
for (let i = 0; i < 201; i++) new cdk.CfnOutput(stack, `Out${i}`, { value: `v${i}` });
app.synth();
