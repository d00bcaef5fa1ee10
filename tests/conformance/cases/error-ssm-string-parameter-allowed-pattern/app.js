// error: new ssm.StringParameter with a value that does not match allowedPattern
const cdk = require('aws-cdk-lib');
const ssm = require('aws-cdk-lib/aws-ssm');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new ssm.StringParameter(stack, 'Param', { stringValue: 'abc', allowedPattern: '^\\d+$' });
app.synth();
