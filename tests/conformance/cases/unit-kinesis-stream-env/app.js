// Conformance case 'unit-kinesis-stream-env'
// Upstream: aws-kinesis/test/stream.test.ts 'stream from attributes', 'sets account / region for
// imported stream env by fromStreamAttributes / fromStreamArn': the env of imports (a literal ARN,
// a token ARN) and of new streams (an environment-agnostic stack, one with an environment).
'use strict';
const cdk = require('aws-cdk-lib');
const kinesis = require('aws-cdk-lib/aws-kinesis');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Agnostic');
const out = (id, v) => new cdk.CfnOutput(stack, id, { value: v });

const fromAttrs = kinesis.Stream.fromStreamAttributes(stack, 'MyStream', {
  streamArn: 'arn:aws:kinesis:region:account-id:stream/stream-name',
});
out('AttrsArn', fromAttrs.streamArn);
const imported = kinesis.Stream.fromStreamAttributes(stack, 'Imported', {
  streamArn: 'arn:aws:kinesis:us-west-2:999999999999:stream/imported-stream',
});
out('AttrsAccount', imported.env.account);
out('AttrsRegion', imported.env.region);
const byArn = kinesis.Stream.fromStreamArn(stack, 'ByArn', 'arn:aws:kinesis:us-west-2:123456789012:stream/imported-stream');
out('ArnAccount', byArn.env.account);
out('ArnRegion', byArn.env.region);
const param = new cdk.CfnParameter(stack, 'StreamArn');
const byToken = kinesis.Stream.fromStreamArn(stack, 'ByToken', param.valueAsString);
out('TokenAccount', byToken.env.account);
out('TokenRegion', byToken.env.region);
const made = new kinesis.Stream(stack, 'Made');
out('MadeAccount', made.env.account);
out('MadeRegion', made.env.region);

const envStack = new cdk.Stack(app, 'WithEnv', { env: { account: '111111111111', region: 'eu-west-1' } });
const inEnv = new kinesis.Stream(envStack, 'Made');
new cdk.CfnOutput(envStack, 'Account', { value: inEnv.env.account });
new cdk.CfnOutput(envStack, 'Region', { value: inEnv.env.region });
app.synth();
