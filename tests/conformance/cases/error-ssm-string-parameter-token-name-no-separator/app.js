// Conformance case 'error-ssm-string-parameter-token-name-no-separator': StringParameter.fromStringParameterName
// of a token name (no simpleName) (parameter.test.ts 'fails if name is a token and no explicit separator').
'use strict';
const cdk = require('aws-cdk-lib');
const ssm = require('aws-cdk-lib/aws-ssm');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const param = new cdk.CfnParameter(stack, 'param');
ssm.StringParameter.fromStringParameterName(stack, 'p0', param.valueAsString);
app.synth();
