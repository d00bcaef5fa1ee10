// Conformance case 'error-ssm-string-list-parameter-comma': a StringListParameter value with a ",".
// Upstream: aws-ssm/test/parameter.test.ts 'StringList SSM Parameter values cannot contain commas'.
'use strict';
const cdk = require('aws-cdk-lib');
const ssm = require('aws-cdk-lib/aws-ssm');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new ssm.StringListParameter(stack, 'Parameter', { stringListValue: ['Foo,Bar'] });
app.synth();
