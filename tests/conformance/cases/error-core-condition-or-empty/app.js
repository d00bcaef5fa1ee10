// Conformance case 'error-core-condition-or-empty': Fn.conditionOr() of no condition (aws-cdk-lib's
// error, without a path).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
new cdk.CfnCondition(stack, 'Cond', { expression: cdk.Fn.conditionOr() });
app.synth();
