// Conformance case 'error-iam-principal-add-condition-not-object': error: PrincipalWithConditions.
// addCondition('StringEquals', 'value'): a value that is not an object (principals.ts
// validateConditionObject)
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const p = new iam.PrincipalWithConditions(new iam.ServicePrincipal('a.amazonaws.com'), {});
p.addCondition('StringEquals', 'value');
new iam.Role(stack, 'Role', { assumedBy: p });
app.synth();
