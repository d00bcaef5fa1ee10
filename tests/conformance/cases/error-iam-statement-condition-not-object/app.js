// Conformance case 'error-iam-statement-condition-not-object': error: aws-iam principals.ts validateConditionObject by addConditions: an operator whose value is a string, not a map (policy-statement.test.ts addCondition('key', 'value')).
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
const s = new iam.PolicyStatement({ actions: ['action:a'], resources: ['*'] });
s.addConditions({ StringEquals: 'value' });
app.synth();
