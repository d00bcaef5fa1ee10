// Conformance case 's3-website': s3.Bucket's static website: websiteIndexDocument and
// websiteErrorDocument with websiteRoutingRules (each RoutingRule part, ReplaceKey.with and
// .prefixWith, a condition with one or both keys, an empty rule), websiteRedirect (RedirectTarget
// with RedirectProtocol), websiteRoutingRules [] alone (still a WebsiteConfiguration), and the
// bucketWebsiteUrl, bucketWebsiteDomainName and isWebsite attributes of a bucket and of an import
// given bucketWebsiteUrl and isWebsite.
// Upstream: aws-s3/test/bucket.test.ts 'website configuration' (its index/error document, redirect,
// routing rules, bucketWebsiteUrl and bucketWebsiteDomainName tests).
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const site = new s3.Bucket(stack, 'Website', {
  websiteIndexDocument: 'index.html',
  websiteErrorDocument: 'error.html',
  websiteRoutingRules: [
    {
      hostName: 'www.example.com',
      httpRedirectCode: '302',
      protocol: s3.RedirectProtocol.HTTPS,
      replaceKey: s3.ReplaceKey.prefixWith('test/'),
      condition: { httpErrorCodeReturnedEquals: '200', keyPrefixEquals: 'prefix' },
    },
    { replaceKey: s3.ReplaceKey.with('error.html'), protocol: s3.RedirectProtocol.HTTP },
    { condition: { keyPrefixEquals: 'docs/' } },
    {},
  ],
});
const redirect = new s3.Bucket(stack, 'Redirect', {
  websiteRedirect: { hostName: 'www.example.com', protocol: s3.RedirectProtocol.HTTPS },
});
new s3.Bucket(stack, 'RedirectHostOnly', { websiteRedirect: { hostName: 'example.org' } });
new s3.Bucket(stack, 'IndexOnly', { websiteIndexDocument: 'index.html' });
new s3.Bucket(stack, 'NoRules', { websiteRoutingRules: [] });
const plain = new s3.Bucket(stack, 'Plain');
const imported = s3.Bucket.fromBucketAttributes(stack, 'Imported', {
  bucketName: 'my-site',
  bucketWebsiteUrl: 'http://my-site.s3-website-us-east-1.amazonaws.com',
  isWebsite: true,
});
new cdk.CfnOutput(stack, 'Url', { value: site.bucketWebsiteUrl });
new cdk.CfnOutput(stack, 'Domain', { value: site.bucketWebsiteDomainName });
new cdk.CfnOutput(stack, 'RedirectDomain', { value: redirect.bucketWebsiteDomainName });
new cdk.CfnOutput(stack, 'PlainUrl', { value: plain.bucketWebsiteUrl });
new cdk.CfnOutput(stack, 'ImportedUrl', { value: imported.bucketWebsiteUrl });
new cdk.CfnOutput(stack, 'ImportedDomain', { value: imported.bucketWebsiteDomainName });
new cdk.CfnOutput(stack, 'IsWebsite', {
  value: [site.isWebsite, redirect.isWebsite, plain.isWebsite, imported.isWebsite].join(','),
});
app.synth();
