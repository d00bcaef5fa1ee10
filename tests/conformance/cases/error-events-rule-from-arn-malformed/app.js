// Conformance case 'error-events-rule-from-arn-malformed': Rule.fromEventRuleArn of a string that is
// not an ARN (splitArn's error).
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
events.Rule.fromEventRuleArn(stack, 'Imported', 'rule/example');
app.synth();
