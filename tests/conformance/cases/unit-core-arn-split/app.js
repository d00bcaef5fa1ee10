// Conformance case 'unit-core-arn-split': aws-cdk's core arn.test.ts, Arn.split / parse /
// extractResourceName: the various successful parses (each component, the round trip through
// formatArn, and the split of a token ARN in the same format), a token with ':' and '/' separators,
// extractResourceName of a token and of a literal, empty region, a partition token inside a literal
// ARN; and the edges of the literal split (NO_RESOURCE_NAME over a slash, an empty name before ':',
// hasName false).
'use strict';
const cdk = require('aws-cdk-lib');
const { Arn, ArnFormat } = cdk;

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
const tokens = new cdk.Stack(app, 'Tokens');
const KEYS = ['partition', 'service', 'region', 'account', 'resource', 'resourceName', 'sep', 'arnFormat'];
const show = (s, prefix, c) => {
  for (const k of KEYS) {
    const v = c[k];
    const id = prefix + k[0].toUpperCase() + k.slice(1);
    new cdk.CfnOutput(s, id, { value: v === undefined ? '(undefined)' : v === '' ? '(empty)' : v });
  }
};

// 'various successful parses'
const parses = [
  ['A4b', 'arn:aws:a4b:region:accountid:resourcetype/resource', ArnFormat.SLASH_RESOURCE_NAME],
  ['ApiGw', 'arn:aws:apigateway:us-east-1::a123456789012bc3de45678901f23a45:/test/mydemoresource/*', ArnFormat.COLON_RESOURCE_NAME],
  ['Cloud9', 'arn:aws-cn:cloud9::123456789012:environment:81e900317347585a0601e04c8d52eaEX', ArnFormat.COLON_RESOURCE_NAME],
  ['Cognito', 'arn:aws:cognito-sync:::identitypool/us-east-1:1a1a1a1a-ffff-1111-9999-12345678:bla', ArnFormat.SLASH_RESOURCE_NAME],
  ['Catalog', 'arn:aws:servicecatalog:us-east-1:123456789012:/applications/0aqmvxvgmry0ecc4mjhwypun6i', ArnFormat.SLASH_RESOURCE_SLASH_RESOURCE_NAME],
  ['Bucket', 'arn:aws:s3:::my_corporate_bucket', ArnFormat.NO_RESOURCE_NAME],
  ['Object', 'arn:aws:s3:::my_corporate_bucket/object.zip', ArnFormat.NO_RESOURCE_NAME],
];
for (const [prefix, arn, format] of parses) {
  const parsed = stack.splitArn(arn, format);
  show(stack, prefix, parsed);
  new cdk.CfnOutput(stack, `${prefix}RoundTrip`, { value: stack.formatArn(parsed) });
}
// the same formats on a token ARN (the CloudFormation functions the test evaluates)
const theArn = new cdk.CfnParameter(tokens, 'TheArn').valueAsString;
show(tokens, 'Slash', tokens.splitArn(theArn, ArnFormat.SLASH_RESOURCE_NAME));
show(tokens, 'Colon', tokens.splitArn(theArn, ArnFormat.COLON_RESOURCE_NAME));
show(tokens, 'SlashSlash', tokens.splitArn(theArn, ArnFormat.SLASH_RESOURCE_SLASH_RESOURCE_NAME));
show(tokens, 'NoName', tokens.splitArn(theArn, ArnFormat.NO_RESOURCE_NAME));

// 'a Token with : separator', 'a Token with / separator'
const some = new cdk.CfnParameter(tokens, 'SomeParameter').valueAsString;
show(tokens, 'ParseColon', tokens.parseArn(some, ':'));
show(tokens, 'ParseSlash', tokens.parseArn(some));
// 'extracting resource name from a complex ARN'
new cdk.CfnOutput(tokens, 'Extracted', { value: Arn.extractResourceName(some, 'role') });
// a token inside text that does not start with "arn:"
show(tokens, 'Prefixed', Arn.split(`${some}:extra`, ArnFormat.COLON_RESOURCE_NAME));

// 'returns empty string ARN components'
show(stack, 'Role', stack.parseArn('arn:aws:iam::123456789012:role/abc123'));
// 'parse other fields if only some are tokens'
show(stack, 'PartitionToken', stack.parseArn(`arn:${cdk.Aws.PARTITION}:iam::123456789012:role/S3Access`));
// extractResourceName of a literal ARN: the path stays in the name
new cdk.CfnOutput(stack, 'ExtractedLiteral', {
  value: Arn.extractResourceName('arn:aws:iam::111111111111:role/path/to/role/name', 'role'),
});

// edges of the literal split
show(stack, 'CatalogNoName', Arn.split('arn:aws:servicecatalog:us-east-1:123456789012:/applications/x', ArnFormat.NO_RESOURCE_NAME));
show(stack, 'ObjectColon', Arn.split('arn:aws:s3:::my_bucket/a:b', ArnFormat.NO_RESOURCE_NAME));
show(stack, 'EmptyName', Arn.split('arn:aws:events:us-east-1:123456789012:rule/:tail', ArnFormat.SLASH_RESOURCE_NAME));
show(stack, 'EmptyColon', Arn.split('arn:aws:events:us-east-1:123456789012:rule:', ArnFormat.SLASH_RESOURCE_NAME));
show(stack, 'LoneSlash', Arn.split('arn:aws:events:us-east-1:123456789012:/rule', ArnFormat.SLASH_RESOURCE_NAME));
show(stack, 'EmptyResource', Arn.split('arn:aws:events:us-east-1:123456789012://name', ArnFormat.SLASH_RESOURCE_SLASH_RESOURCE_NAME));
show(stack, 'HasNameFalse', Arn.parse('arn:aws:sns:us-east-1:123456789012:topic/x:y', '/', false));
show(stack, 'SepIfToken', Arn.parse('arn:aws:sns:us-east-1:123456789012:topic', ':'));
show(tokens, 'TokenHasNameFalse', Arn.parse(some, '/', false));
show(tokens, 'TokenSepIfToken', Arn.parse(some, ':'));
// Arn.format: with a stack (its defaults), without one (all given)
new cdk.CfnOutput(stack, 'FormatWithStack', {
  value: Arn.format({ service: 'sqs', resource: 'q', arnFormat: ArnFormat.COLON_RESOURCE_NAME, resourceName: 'n' }, stack),
});
new cdk.CfnOutput(stack, 'FormatNoStack', {
  value: Arn.format({ service: 's3', resource: 'b', partition: 'aws', region: '', account: '' }),
});
app.synth();
